package org.cooperation.tracker.query.matrix.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cooperation.tracker.kernel.country.Country;

/**
 * The counts a kind's records give per country, turned into its status matrix figures. A
 * country takes part once it is named in any count, even a count of nothing, and then
 * shows each measure in the order given, except a measure shown only when it counts
 * something. A figure that counts demo data says so in its label.
 */
public final class FigureCounts {

	/** What a label gets when the figure counts demo data. */
	public static final String WITH_SAMPLE = " (incl. sample)";

	private final List<Measure> measures;

	private final Map<Country, long[]> counts = new EnumMap<>(Country.class);

	private final Map<Country, boolean[]> sample = new EnumMap<>(Country.class);

	public FigureCounts(Measure... measures) {
		this.measures = List.of(measures);
	}

	/** Adds {@code value} to the country's count of the measure; no country, no count. */
	public void add(Country country, Measure measure, long value) {
		add(country, measure, value, false);
	}

	/** Counts one when {@code counted}, and names the country either way. */
	public void count(Country country, Measure measure, boolean counted) {
		add(country, measure, counted ? 1 : 0, false);
	}

	/** Like {@link #count}, remembering whether what it counted is demo data. */
	public void count(Country country, Measure measure, boolean counted, boolean demo) {
		add(country, measure, counted ? 1 : 0, counted && demo);
	}

	/** The country takes part, though this record counts nothing for it. */
	public void include(Country country) {
		if (country != null) {
			counts.computeIfAbsent(country, (c) -> new long[measures.size()]);
			sample.computeIfAbsent(country, (c) -> new boolean[measures.size()]);
		}
	}

	private void add(Country country, Measure measure, long value, boolean demo) {
		if (country == null) {
			return;
		}
		include(country);
		int index = measures.indexOf(measure);
		counts.get(country)[index] += value;
		sample.get(country)[index] |= demo;
	}

	/** The figures of every country that takes part. */
	public Map<Country, List<ProgrammeFigure>> figures() {
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		counts.forEach((country, values) -> {
			List<ProgrammeFigure> shown = new ArrayList<>();
			for (int index = 0; index < values.length; index++) {
				Measure measure = measures.get(index);
				if (values[index] > 0 || !measure.onlyWhenCounted()) {
					shown.add(measure.figure(values[index], sample.get(country)[index]));
				}
			}
			figures.put(country, List.copyOf(shown));
		});
		return figures;
	}

	/**
	 * What one figure counts.
	 *
	 * @param singular its label for a count of one
	 * @param plural its label for any other count
	 * @param onlyWhenCounted true when a count of nothing is not shown
	 */
	public record Measure(String singular, String plural, boolean onlyWhenCounted) {

		/** A measure shown even when it counts nothing. */
		public static Measure of(String singular, String plural) {
			return new Measure(singular, plural, false);
		}

		ProgrammeFigure figure(long value, boolean countsSample) {
			ProgrammeFigure counted = ProgrammeFigure.counted(value, singular, plural);
			return countsSample ? new ProgrammeFigure(counted.label() + WITH_SAMPLE, value) : counted;
		}

	}

}
