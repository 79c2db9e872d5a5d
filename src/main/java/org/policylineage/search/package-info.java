/**
 * Full-text search: a Lucene index of the stored documents, kept in step with the store, queried with
 * HanLP's segmentation. Writes only its own index.
 */
package org.policylineage.search;
