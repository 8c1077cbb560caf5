package app.resonance.task;

public enum TaskState {
    TODO,
    IN_PROGRESS,
    DONE
}
