/**
 * Registration (登记): the case register, security inspections with their rectification tasks, and the
 * mass suggestion book with its public village pages. Everything is registered against a village and
 * owned by the organization the registry's duty scopes name; other modules learn of new cases through
 * {@link org.qunfang.cases.CaseRegistered}.
 */
package org.qunfang.cases;
