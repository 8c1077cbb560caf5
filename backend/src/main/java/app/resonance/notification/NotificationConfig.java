package app.resonance.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "resonance.notifications")
public interface NotificationConfig {

    /** A milestone due within this many days (today included) is "due soon". */
    @WithDefault("3")
    int soonDays();

    /** When the job raises them (Quartz cron, UTC); {@link NotificationJob} reads it by name. */
    String cron();
}
