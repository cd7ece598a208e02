/**
 * Organizations and people: the administrative hierarchy (county, township, village), police stations
 * and the townships they cover. It tells identity which places users can act for.
 */
package org.qunfang.organization;
