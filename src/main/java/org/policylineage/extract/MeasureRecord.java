package org.policylineage.extract;

import java.util.List;

import org.policylineage.reference.CertificateTypes;

/**
 * A numbered task clause （三） with what was read from it.
 *
 * @param key           the clause's identity in its document: its ordinal, or section-ordinal where
 *                      numbering restarts in each section
 * @param bodyEnd       where the body ends and the responsibility note begins (equal to end without a note)
 */
public record MeasureRecord(String key, int ordinal, String number, int sectionOrdinal, String heading,
                            int start, int end, int bodyEnd,
                            List<AgencyMention> responsibilities,
                            List<CertificateTypes.Mention> certificateTypes,
                            List<TargetRecord> targets) {}
