package org.cooperation.tracker.kernel.programme.marketplace;

/**
 * What a listed creator does. The protocol names craftspeople, designers and jewellers;
 * the others are the region's crafts that a liaison would otherwise file under OTHER.
 */
public enum Craft {

	CRAFTSPERSON, DESIGNER, JEWELLER, WEAVER, CARPET_MAKER, FELT_MAKER, CERAMICIST, EMBROIDERER, WOODCARVER,
	INSTRUMENT_MAKER, OTHER

}
