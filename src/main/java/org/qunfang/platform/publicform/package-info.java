/**
 * What guards the forms the public fills in without an account (the suggestion book, questions on a
 * published statement): the small sum a person answers ({@code Challenges}), the field only robots fill
 * in ({@code Honeypot}), attempts counted per client and per target ({@code RateLimits}), and the refusal
 * once a limit is reached ({@code TooManyAttempts}).
 */
package org.qunfang.platform.publicform;
