package app.resonance.notification;

public enum NotificationKind {
    DUE_SOON,
    OVERDUE
}
