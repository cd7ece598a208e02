/**
 * Prevention organizations (群防群治组织): their duty scopes, status, members and posts, joint defense
 * groups and security contracts. Exposed to other modules, which ask {@link org.qunfang.organization.bodies.DutyScopes}
 * who owns a kind of matter in a village.
 */
@org.springframework.modulith.NamedInterface("organizations")
package org.qunfang.organization.bodies;
