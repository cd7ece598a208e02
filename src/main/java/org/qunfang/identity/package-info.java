/**
 * Identity: the people who sign in, their roles and permission codes, the jurisdiction each acts in,
 * sign-in with lockout, personal access tokens for the API, and the tamper-evident operation and login
 * logs. {@link org.qunfang.identity.Jurisdiction} is the one way every module filters what a caller sees.
 */
package org.qunfang.identity;
