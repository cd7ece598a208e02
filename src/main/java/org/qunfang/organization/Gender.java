package org.qunfang.organization;

/**
 * Gender as recorded in the resident identity number: the 17th digit, the sequence code, is odd for
 * men and even for women (GB 11643-1999).
 */
public enum Gender {
	MALE, FEMALE
}
