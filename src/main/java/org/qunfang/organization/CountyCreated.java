package org.qunfang.organization;

/**
 * A county was set up. Published inside the transaction that creates it, so modules can give the new
 * county their default settings (dictionaries, templates) before anyone works in it.
 */
public record CountyCreated(long countyId) {
}
