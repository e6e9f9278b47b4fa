package dev.plantain.render.stage;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What staging needs to know of a thing's nature by its concept: how deep into a support a thing sits (a cat sinks
 * into a sofa's seat, an apple lies on a plate seen from above, a vase stands on a table's top edge), what flies, and
 * how tall things are in the world, in metres, so that partners of an action keep sensible sizes.
 */
public final class StageWords {

    /** Supports whose seat lies well below their top (the back of a sofa, a bed's headboard). */
    private static final Set<String> SEATS = Set.of(
            "sofa", "couch", "bed", "armchair", "chair", "bench", "loveseat", "futon", "sofa bed", "pillow", "cushion");

    /** Supports drawn seen from above, so a thing lies on their face rather than their top edge. */
    private static final Set<String> FLAT = Set.of(
            "plate",
            "tray",
            "dish",
            "platter",
            "saucer",
            "rug",
            "carpet",
            "mat",
            "towel",
            "blanket",
            "napkin",
            "pizza",
            "cutting board",
            "chopping board",
            "leaf",
            "lily pad",
            "pan",
            "frying pan",
            "skateboard",
            "surfboard",
            "bowl");

    /** Things that stay where they are in the sky: they are never brought down to the ground. */
    private static final Set<String> FLYERS = Set.of(
            "bird",
            "eagle",
            "hawk",
            "dove",
            "pigeon",
            "seagull",
            "gull",
            "crow",
            "parrot",
            "swallow",
            "bat",
            "butterfly",
            "bee",
            "fly",
            "dragonfly",
            "mosquito",
            "ladybug",
            "airplane",
            "plane",
            "aeroplane",
            "jet",
            "helicopter",
            "rocket",
            "spaceship",
            "ufo",
            "flying saucer",
            "satellite",
            "balloon",
            "hot air balloon",
            "kite",
            "drone",
            "cloud",
            "sun",
            "moon",
            "star",
            "rainbow",
            "comet",
            "planet",
            "earth",
            "saturn",
            "lightning",
            "snowflake",
            "angel",
            "fairy",
            "dragon",
            "ghost",
            "blimp",
            "airship",
            "parachute",
            "firework",
            "fireworks");

    /** Things that hold another inside them, open at the top or seen through: "in" one is drawn sitting in it. */
    private static final Set<String> CONTAINERS = Set.of(
            "basket",
            "box",
            "bowl",
            "cup",
            "mug",
            "jar",
            "bag",
            "bucket",
            "vase",
            "pot",
            "glass",
            "cage",
            "bottle",
            "crate",
            "bin",
            "tub",
            "bathtub",
            "aquarium",
            "fish tank",
            "tank",
            "nest",
            "pocket",
            "suitcase",
            "cart",
            "wagon",
            "shopping cart",
            "envelope",
            "chest",
            "pan",
            "sink",
            "pool",
            "teacup",
            "container",
            "carton",
            "backpack",
            "purse",
            "handbag",
            "boat",
            "canoe",
            "wheelbarrow",
            "stroller",
            "bed",
            "crib",
            "pram",
            "cardboard box",
            "gift box",
            "present",
            "drawer",
            "can",
            "barrel",
            "kettle");

    /** Heights in the world, in metres. */
    private static final Map<String, Double> HEIGHTS = Map.ofEntries(
            Map.entry("man", 1.75),
            Map.entry("woman", 1.65),
            Map.entry("person", 1.7),
            Map.entry("people", 1.7),
            Map.entry("child", 1.2),
            Map.entry("kid", 1.2),
            Map.entry("boy", 1.3),
            Map.entry("girl", 1.3),
            Map.entry("baby", 0.7),
            Map.entry("astronaut", 1.8),
            Map.entry("horse", 1.7),
            Map.entry("camel", 2.1),
            Map.entry("elephant", 3.0),
            Map.entry("cow", 1.5),
            Map.entry("dog", 0.6),
            Map.entry("cat", 0.3),
            Map.entry("bicycle", 1.05),
            Map.entry("bike", 1.05),
            Map.entry("motorcycle", 1.15),
            Map.entry("scooter", 1.0),
            Map.entry("skateboard", 0.15),
            Map.entry("umbrella", 1.0),
            Map.entry("sign", 0.6),
            Map.entry("flag", 0.8),
            Map.entry("balloon", 0.4),
            Map.entry("cup", 0.1),
            Map.entry("mug", 0.1),
            Map.entry("book", 0.25),
            Map.entry("phone", 0.15),
            Map.entry("ball", 0.25),
            Map.entry("guitar", 1.0),
            Map.entry("sword", 0.9),
            Map.entry("car", 1.5),
            Map.entry("house", 7.0),
            Map.entry("tree", 8.0),
            Map.entry("stroller", 1.0),
            Map.entry("cart", 1.0),
            Map.entry("suitcase", 0.7),
            Map.entry("bag", 0.4),
            Map.entry("basket", 0.3),
            Map.entry("flower", 0.3),
            Map.entry("bouquet", 0.4));

    private StageWords() {}

    /** How far below the support's ink top its resting surface lies, as a share of the support's ink height. */
    static double surfaceDepth(String support) {
        String s = support.toLowerCase(Locale.ROOT);
        if (SEATS.contains(s)) {
            return 0.55;
        }
        return FLAT.contains(s) ? 0.42 : 0.03;
    }

    static boolean holds(String container) {
        return CONTAINERS.contains(container.toLowerCase(Locale.ROOT));
    }

    static boolean seenFromAbove(String support) {
        return FLAT.contains(support.toLowerCase(Locale.ROOT));
    }

    /** Whether the thing flies by nature (a bird, a plane, a cloud, the sun), so it is never brought down. */
    public static boolean flies(String concept) {
        return FLYERS.contains(concept.toLowerCase(Locale.ROOT));
    }

    /** The thing's height in the world in metres, or 0 when unknown. */
    static double height(String concept) {
        return HEIGHTS.getOrDefault(concept.toLowerCase(Locale.ROOT), 0.0);
    }
}
