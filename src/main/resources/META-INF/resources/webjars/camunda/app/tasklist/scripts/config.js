// ratsanfragen: Tasklist speaks German to every clerk (the webjar ships the "de" texts and date words,
// so due dates read "in 2 Monaten"); the browser's language is not asked. An operator who wants English
// too adds "en" to availableLocales. The keyboard shortcuts are Tasklist's own, described in German
// (umlauts as \u escapes: the webapp serves this file without a charset).
export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '\u00fcbernimmt die gew\u00e4hlte Aufgabe'},
    focusFilter: {key: 'ctrl+shift+f', description: 'springt zum ersten Filter'},
    focusList: {key: 'ctrl+alt+l', description: 'springt zur ersten Aufgabe der Liste'},
    focusForm: {key: 'ctrl+alt+f', description: 'springt zum ersten Feld des Formulars'}
  }
};
