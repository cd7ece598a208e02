/**
 * Cross-cutting platform: web layout and navigation, errors as problem details, idempotency keys,
 * languages, Excel and print helpers, personal-data encryption, demo data and the clock. Every other
 * module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.qunfang.platform;
