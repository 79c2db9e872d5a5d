/**
 * The service: Spring configuration, security and the seed corpus at start. An edge: the stages below
 * know nothing of Spring; nothing here is reached from them.
 */
package org.policylineage.web;
