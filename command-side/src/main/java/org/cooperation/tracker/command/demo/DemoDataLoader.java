package org.cooperation.tracker.command.demo;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Loads the demo story (run the command side with {@code --tracker.demo-data=load}) and
 * exits. Fixed ids make a second load a no-op: the protocol, sent first, is refused as
 * already recorded.
 */
@Component
@ConditionalOnProperty(name = "tracker.demo-data", havingValue = "load")
class DemoDataLoader implements ApplicationRunner {

	/**
	 * The story's order: the protocol and its initiatives, then each kind's records. A
	 * sixth kind adds its {@code <Kind>Demo} here.
	 */
	static final List<DemoProgramme> STORY = List.of(new ProtocolDemo(), new BrandWorkingGroupDemo(),
			new CalendarDemo(), new ArchiveExchangeDemo(), new CulturalTourDemo(), new MarketplaceDemo());

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoCommands send;

	private final ConfigurableApplicationContext context;

	DemoDataLoader(CommandGateway commands, ConfigurableApplicationContext context) {
		this.send = new DemoCommands(commands);
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			STORY.forEach((part) -> part.load(send));
			log.info("Demo data loaded: the Tashkent protocol {} and its five initiatives", ProtocolDemo.TASHKENT);
		}
		catch (AggregateStreamCreationException ex) {
			log.info("Demo data are already loaded (protocol {} exists); nothing changed", ProtocolDemo.TASHKENT);
		}
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
