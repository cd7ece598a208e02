package org.qunfang.cases.inspection;

/** A file someone uploaded (a photo of an item or of the proof), before it is checked and stored. */
public record Upload(String fileName, byte[] content) {
}
