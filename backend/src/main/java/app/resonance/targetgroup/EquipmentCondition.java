package app.resonance.targetgroup;

import app.resonance.common.validation.ListsWithoutNulls;
import app.resonance.common.validation.StorableText;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;

@Description("Owns equipment (of the contact, of their company, or either): all that is set must hold for one "
        + "piece; product and model regardless of case. Nothing set: owns any equipment.")
@StorableText
@ListsWithoutNulls
public record EquipmentCondition(
        @DefaultValue("CONTACT_OR_COMPANY") Owner owner,
        String product,
        String model,
        DateRange productionDate,
        DateRange purchaseDate) {}
