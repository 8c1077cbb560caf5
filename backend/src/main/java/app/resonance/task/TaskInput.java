package app.resonance.task;

import app.resonance.common.validation.StorableText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TaskInput")
@StorableText
public record TaskInput(
        @NonNull @NotBlank @Size(max = 200) String title,

        @Id @Description("A milestone of the same campaign the task leads to; none when not given.")
        String milestoneId,

        @Description("The member who does it (username); nobody yet when not given.") @Size(max = 255)
        String assignee,

        @Description("Hours of work, spread evenly over the days from startsOn to dueOn; 0 when not given.")
        @DecimalMin("0")
        @DecimalMax("2000")
        Double estimatedHours,

        @Description("The first day of the work; the due date when not given.")
        LocalDate startsOn,

        @NonNull @NotNull @Description("A day in the campaign's time zone.")
        LocalDate dueOn,

        @Description("TODO when not given.") TaskState state) {}
