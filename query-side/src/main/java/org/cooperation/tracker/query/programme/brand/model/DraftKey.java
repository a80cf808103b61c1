package org.cooperation.tracker.query.programme.brand.model;

import java.io.Serializable;
import java.util.UUID;

/** Key of a concept draft: its group and version. */
public record DraftKey(UUID workingGroupId, int version) implements Serializable {

}
