package org.policylineage.extract;

import java.math.BigDecimal;
import java.util.Optional;

import org.policylineage.reference.Region;

/**
 * A target read from a measure: a value to reach (quantitative) or a dated commitment (milestone).
 *
 * @param indicatorAsWritten the quantity as the text names it (全市绿色食品认证证书)
 * @param indicator          the normalised name that identifies the indicator across documents
 * @param certificateType    IRI of the certificate type the indicator counts, if any
 * @param comparator         one of >=, >, <=, <, ~, = (null for a milestone)
 * @param direction          decrease or increase for a relative target, else null
 * @param start              normalised offset of the clause quoted as evidence
 */
public record TargetRecord(String indicatorAsWritten, String indicator, Optional<String> certificateType,
                           BigDecimal value, BigDecimal upperValue, String unit, String comparator,
                           boolean aspirational, Integer deadlineYear, Integer baselineYear, String direction,
                           Optional<Region> scope, int start, int end) {

    public boolean isMilestone() { return value == null; }
}
