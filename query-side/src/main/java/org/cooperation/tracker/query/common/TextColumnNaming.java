package org.cooperation.tracker.query.common;

import java.util.Set;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitBasicColumnNameSource;
import org.hibernate.boot.model.source.spi.AttributePath;
import org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy;

/**
 * Names the three columns of a {@link TextColumns} after the attribute that holds it:
 * {@code title} is stored in {@code title_kk}, {@code title_ru} and {@code title_en}.
 * Each row used to spell this out in an {@code @AttributeOverrides} block per text; the
 * naming rule says it once, with the same column names. Every other column keeps Spring's
 * default name.
 */
public class TextColumnNaming extends SpringImplicitNamingStrategy {

	private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

	@Override
	public Identifier determineBasicColumnName(ImplicitBasicColumnNameSource source) {
		AttributePath path = source.getAttributePath();
		AttributePath holder = path.getParent();
		if (LANGUAGES.contains(path.getProperty()) && holder != null && holder.getProperty() != null
				&& !holder.getProperty().isEmpty()) {
			return toIdentifier(holder.getProperty() + "_" + path.getProperty(), source.getBuildingContext());
		}
		return super.determineBasicColumnName(source);
	}

}
