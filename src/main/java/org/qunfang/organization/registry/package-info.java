/**
 * The household register: village groups, households and residents, read within the caller's
 * jurisdiction. Exposed to other modules (cases name parties, funds bill households).
 */
@org.springframework.modulith.NamedInterface("registry")
package org.qunfang.organization.registry;
