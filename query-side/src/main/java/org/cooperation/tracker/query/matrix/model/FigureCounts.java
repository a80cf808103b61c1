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

	private final List<Measure> measures;

	private final Map<Country, long[]> counts = new EnumMap<>(Country.class);

	private final Map<Country, boolean[]> demo = new EnumMap<>(Country.class);

	public FigureCounts(Measure... measures) {
		this.measures = List.of(measures);
	}

	/**
	 * Adds {@code value} to the country's count of the measure, naming the country even
	 * when it adds nothing; {@code sample} when what it adds is demo data. No country, no
	 * count.
	 */
	public void add(Country country, Measure measure, long value, boolean sample) {
		if (country != null) {
			int index = measures.indexOf(measure);
			counts.computeIfAbsent(country, (c) -> new long[measures.size()])[index] += value;
			demo.computeIfAbsent(country, (c) -> new boolean[measures.size()])[index] |= sample && value > 0;
		}
	}

	/** Counts one when {@code counted}, and names the country either way. */
	public void count(Country country, Measure measure, boolean counted) {
		add(country, measure, counted ? 1 : 0, false);
	}

	/** The figures of every country that takes part. */
	public Map<Country, List<ProgrammeFigure>> figures() {
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		counts.forEach((country, values) -> {
			List<ProgrammeFigure> shown = new ArrayList<>();
			for (int index = 0; index < values.length; index++) {
				Measure measure = measures.get(index);
				if (values[index] > 0 || !measure.onlyWhenCounted()) {
					shown.add(measure.figure(values[index], demo.get(country)[index]));
				}
			}
			figures.put(country, List.copyOf(shown));
		});
		return figures;
	}

	/**
	 * What one figure counts.
	 *
	 * @param measure its stable name (see {@link ProgrammeFigure#measure()})
	 * @param singular its label for a count of one
	 * @param plural its label for any other count
	 * @param onlyWhenCounted true when a count of nothing is not shown
	 */
	public record Measure(String measure, String singular, String plural, boolean onlyWhenCounted) {

		/** A measure shown even when it counts nothing. */
		public static Measure of(String measure, String singular, String plural) {
			return new Measure(measure, singular, plural, false);
		}

		ProgrammeFigure figure(long value, boolean countsSample) {
			ProgrammeFigure counted = ProgrammeFigure.counted(measure, value, singular, plural);
			return countsSample ? counted.withSample() : counted;
		}

	}

}
