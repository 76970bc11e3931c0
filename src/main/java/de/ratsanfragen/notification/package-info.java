/**
 * The service's mails: reminders before a task is due, escalation to the Dezernat and the OB office
 * when it is overdue, the interim notice to the faction when a deadline is extended, and the notice
 * that the answer is released. Sent synchronously through Spring Mail to the addresses in the
 * organization directory; a failure is thrown, so that the calling job retries and, in the end,
 * becomes an incident. Without an SMTP server (the embedded default) mails are logged instead.
 * Public surface: {@link de.ratsanfragen.notification.Notifications} and its records
 * {@link de.ratsanfragen.notification.Reminder}, {@link de.ratsanfragen.notification.Escalation},
 * {@link de.ratsanfragen.notification.InterimNotice} and {@link de.ratsanfragen.notification.Released}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benachrichtigungen",
        allowedDependencies = {"organization", "platform"})
package de.ratsanfragen.notification;
