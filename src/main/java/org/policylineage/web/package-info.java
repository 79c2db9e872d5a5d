/**
 * The service: Spring configuration and security; at start, the seed corpus loaded by {@code
 * ingest.SeedLoader}. An edge: the stages below know nothing of Spring; nothing here is reached from them.
 */
package org.policylineage.web;
