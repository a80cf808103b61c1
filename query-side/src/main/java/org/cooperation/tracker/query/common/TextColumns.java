package org.cooperation.tracker.query.common;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A {@link LocalizedText} stored as three columns. The kernel's record stays free of JPA,
 * so the read models map it through this embeddable.
 */
@Embeddable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TextColumns {

	private String kk;

	private String ru;

	private String en;

	private TextColumns(String kk, String ru, String en) {
		this.kk = kk;
		this.ru = ru;
		this.en = en;
	}

	/** The columns for a text, or null for no text. */
	public static TextColumns of(LocalizedText text) {
		return (text != null) ? new TextColumns(text.kk(), text.ru(), text.en()) : null;
	}

	/** The text back, or null when no language was stored. */
	public static LocalizedText toText(TextColumns columns) {
		if (columns == null || (columns.kk == null && columns.ru == null && columns.en == null)) {
			return null;
		}
		return new LocalizedText(columns.kk, columns.ru, columns.en);
	}

}
