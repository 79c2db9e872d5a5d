/**
 * Linked data: every minted IRI dereferences (303 to a page or a data document by content
 * negotiation), the dataset's VoID and DCAT, and dumps.
 */
package org.policylineage.web.linkeddata;
