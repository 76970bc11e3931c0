// ratsanfragen: Camunda's webapps speak German to every user (the webjar ships the "de" files; the
// browser's language is not asked). An operator who wants English too adds "en" to availableLocales.
export default {
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  }
};
