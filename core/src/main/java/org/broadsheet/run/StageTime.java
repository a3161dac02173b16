package org.broadsheet.run;

/** One stage's wall time and the heap in use after it. */
public record StageTime(String stage, long millis, long heapMiB) {
}
