/** What disclosure does on its own at start: the warning about signing keys kept in the database. */
package org.qunfang.disclosure.internal;
