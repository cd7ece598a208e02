/**
 * Insurance (保险) for the village's security directors and long-serving staff of its prevention
 * organizations: endowment and personal accident policies kept per village, each naming the insured
 * resident, the insurer, its number, term and yearly premium. The premium is an expense of purpose
 * insurance that goes through the proposals (maker-checker) like any other; a job reminds the village
 * director and the township finance office before a policy ends.
 */
package org.qunfang.funds.insurance;
