package app.resonance.targetgroup;

public enum TargetGroupChangeKind {
    JOINED,
    LEFT
}
