/**
 * Publishing villages' fund statements (公布) into the county's tamper-evident log, and what is read of them:
 * the canonical text, the log's rows and its signing key, the public pages' reading with its re-verification,
 * villagers' questions and their answers.
 */
package org.qunfang.disclosure.publication;
