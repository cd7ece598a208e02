/**
 * Organizations and people: the administrative hierarchy (county, township, village), police stations
 * and the townships they cover, the household register (village groups, households, residents), and
 * the prevention organizations with their duty scopes, members, joint defense groups and security
 * contracts. It tells identity which places users can act for, and tells later modules who owns a
 * kind of matter in a village ({@code bodies.DutyScopes}).
 */
package org.qunfang.organization;
