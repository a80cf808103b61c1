package org.cooperation.tracker.kernel.programme.archive;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * What is copied: the archival unit as its holding archive describes it.
 *
 * @param type scientific, documentary or literary material
 * @param title its title in at least one language
 * @param reference the archive's shelf mark (fond, inventory, file), e.g. "F. 5, inv. 1,
 * file 12"
 * @param description what it contains, or null
 */
public record ArchiveMaterial(MaterialType type, LocalizedText title, String reference, LocalizedText description) {

	public ArchiveMaterial {
		Checks.required(type, "materialType");
		Checks.title(Checks.required(title, "title"), "title");
		reference = Checks.requiredLine(reference, "reference");
	}

	/** How messages name it: "'Title' (shelf mark)". */
	public String label() {
		return "'" + title.preferEnglish() + "' (" + reference + ")";
	}

}
