package app.resonance.campaign;

import static app.resonance.common.Texts.blankToNull;

import app.resonance.common.error.Ids;
import app.resonance.common.persistence.WorkspaceOwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

@Entity
@Table(name = "campaign")
public class Campaign extends WorkspaceOwnedRow<CampaignInput> {

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(nullable = false)
    public String venue;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(name = "event_time")
    public LocalTime eventTime;

    @Column(name = "event_time_zone")
    public String eventTimeZone;

    public String owner;

    @Column(name = "business_line", nullable = false)
    public String businessLine;

    @Column(nullable = false)
    public String goals;

    @Column(name = "planned_invitations")
    public Integer plannedInvitations;

    @Column(name = "planned_registrations")
    public Integer plannedRegistrations;

    @Column(name = "planned_attendees")
    public Integer plannedAttendees;

    @Column(name = "planned_opportunities")
    public Integer plannedOpportunities;

    @Column(name = "planned_revenue", precision = 14, scale = 2)
    public BigDecimal plannedRevenue;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignDelivery delivery;

    @Column(name = "supplier_id")
    public UUID supplierId;

    @Column(name = "outsourcing_reason", nullable = false)
    public String outsourcingReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    protected Campaign() {}

    Campaign(UUID workspaceId, OffsetDateTime now) {
        super(workspaceId);
        this.status = CampaignStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies input that {@code CampaignRules} has checked. */
    @Override
    public void apply(CampaignInput input) {
        name = input.name().strip();
        type = input.type();
        startsOn = input.startsOn();
        endsOn = input.endsOn();
        venue = stripped(input.venue());
        eventDate = input.eventDate();
        eventTime = input.eventTime();
        eventTimeZone = blankToNull(input.eventTimeZone());
        owner = blankToNull(input.owner());
        businessLine = stripped(input.businessLine());
        goals = stripped(input.goals());
        PlannedFiguresInput planned =
                Objects.requireNonNullElse(input.planned(), new PlannedFiguresInput(null, null, null, null, null));
        plannedInvitations = planned.invitations();
        plannedRegistrations = planned.registrations();
        plannedAttendees = planned.attendees();
        plannedOpportunities = planned.opportunities();
        plannedRevenue = planned.revenue();
        parentId = input.parentId() == null ? null : Ids.parse("parentId", input.parentId());
        delivery = Objects.requireNonNullElse(input.delivery(), CampaignDelivery.IN_HOUSE);
        supplierId = input.supplierId() == null ? null : Ids.parse("supplierId", input.supplierId());
        outsourcingReason = stripped(input.outsourcingReason());
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }
}
