package app.resonance.campaign;

import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Campaign")
public record CampaignView(
        @Id @NonNull UUID id,
        @NonNull String name,
        @NonNull CampaignType type,
        @NonNull CampaignStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        @NonNull String venue,
        LocalDate eventDate,
        LocalTime eventTime,
        String eventTimeZone,

        @Description("When the event starts: eventDate at eventTime in eventTimeZone; null without a time.")
        OffsetDateTime eventStartsAt,

        String owner,
        @NonNull String businessLine,
        @NonNull String goals,

        @NonNull @Description("The campaign's own planned figures.")
        PlannedFigures planned,

        @Id UUID parentId,
        @NonNull CampaignDelivery delivery,
        @Id UUID supplierId,
        @NonNull String outsourcingReason,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        @Ignore UUID workspaceId) {

    /** The columns of {@code campaign} that {@link #of(Row)} reads. */
    static final String COLUMNS = "id, name, type, status, starts_on, ends_on, venue, event_date, event_time,"
            + " event_time_zone, owner, business_line, goals, planned_invitations, planned_registrations,"
            + " planned_attendees, planned_opportunities, planned_revenue, parent_id, delivery, supplier_id,"
            + " outsourcing_reason, created_at, updated_at, workspace_id";

    static CampaignView of(Row row) {
        return new CampaignView(
                row.getUUID("id"),
                row.getString("name"),
                CampaignType.valueOf(row.getString("type")),
                CampaignStatus.valueOf(row.getString("status")),
                row.getLocalDate("starts_on"),
                row.getLocalDate("ends_on"),
                row.getString("venue"),
                row.getLocalDate("event_date"),
                row.getLocalTime("event_time"),
                row.getString("event_time_zone"),
                startsAt(
                        row.getLocalDate("event_date"),
                        row.getLocalTime("event_time"),
                        row.getString("event_time_zone")),
                row.getString("owner"),
                row.getString("business_line"),
                row.getString("goals"),
                new PlannedFigures(
                        row.getInteger("planned_invitations"),
                        row.getInteger("planned_registrations"),
                        row.getInteger("planned_attendees"),
                        row.getInteger("planned_opportunities"),
                        row.getBigDecimal("planned_revenue")),
                row.getUUID("parent_id"),
                CampaignDelivery.valueOf(row.getString("delivery")),
                row.getUUID("supplier_id"),
                row.getString("outsourcing_reason"),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getUUID("workspace_id"));
    }

    static CampaignView of(Campaign campaign) {
        return new CampaignView(
                campaign.id,
                campaign.name,
                campaign.type,
                campaign.status,
                campaign.startsOn,
                campaign.endsOn,
                campaign.venue,
                campaign.eventDate,
                campaign.eventTime,
                campaign.eventTimeZone,
                startsAt(campaign.eventDate, campaign.eventTime, campaign.eventTimeZone),
                campaign.owner,
                campaign.businessLine,
                campaign.goals,
                new PlannedFigures(
                        campaign.plannedInvitations,
                        campaign.plannedRegistrations,
                        campaign.plannedAttendees,
                        campaign.plannedOpportunities,
                        campaign.plannedRevenue),
                campaign.parentId,
                campaign.delivery,
                campaign.supplierId,
                campaign.outsourcingReason,
                campaign.createdAt,
                campaign.updatedAt,
                campaign.workspaceId);
    }

    private static OffsetDateTime startsAt(LocalDate date, LocalTime time, String timeZone) {
        return date == null || time == null || timeZone == null
                ? null
                : date.atTime(time).atZone(ZoneId.of(timeZone)).toOffsetDateTime();
    }
}
