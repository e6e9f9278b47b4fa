package dev.plantain.planner;

import java.util.Map;

/**
 * Nouns whose art has another name: GenEval's object classes without an exact emoji name, and common words for
 * the same things. Some entries are stand-ins (a fire extinguisher for a fire hydrant) chosen as the closest
 * shape the art set has.
 */
final class ArtSynonyms {

    /** Keys are hyphen-joined singular nouns; values are art ids. */
    static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("car", "automobile"),
            Map.entry("truck", "delivery-truck"),
            Map.entry("boat", "sailboat"),
            Map.entry("traffic-light", "vertical-traffic-light"),
            Map.entry("fire-hydrant", "fire-extinguisher"),
            Map.entry("hydrant", "fire-extinguisher"),
            Map.entry("parking-meter", "fuel-pump"),
            Map.entry("bench", "seat"),
            Map.entry("sheep", "ewe"),
            Map.entry("lamb", "ewe"),
            Map.entry("tie", "necktie"),
            Map.entry("suitcase", "luggage"),
            Map.entry("frisbee", "flying-disc"),
            Map.entry("snowboard", "snowboarder"),
            Map.entry("sports-ball", "soccer-ball"),
            Map.entry("ball", "soccer-ball"),
            Map.entry("baseball-bat", "cricket-game"),
            Map.entry("baseball-glove", "gloves"),
            Map.entry("glove", "gloves"),
            Map.entry("surfboard", "person-surfing"),
            Map.entry("tennis-racket", "badminton"),
            Map.entry("racket", "badminton"),
            Map.entry("bottle", "bottle-with-popping-cork"),
            Map.entry("cup", "hot-beverage"),
            Map.entry("mug", "hot-beverage"),
            Map.entry("fork", "fork-and-knife"),
            Map.entry("knife", "kitchen-knife"),
            Map.entry("bowl", "bowl-with-spoon"),
            Map.entry("apple", "red-apple"),
            Map.entry("orange", "tangerine"),
            Map.entry("donut", "doughnut"),
            Map.entry("cake", "birthday-cake"),
            Map.entry("couch", "couch-and-lamp"),
            Map.entry("sofa", "couch-and-lamp"),
            Map.entry("dining-table", "fork-and-knife-with-plate"),
            Map.entry("table", "fork-and-knife-with-plate"),
            Map.entry("tv", "television"),
            Map.entry("tv-remote", "pager"),
            Map.entry("remote", "pager"),
            Map.entry("computer-keyboard", "keyboard"),
            Map.entry("cell-phone", "mobile-phone"),
            Map.entry("phone", "mobile-phone"),
            Map.entry("microwave", "radio"),
            Map.entry("oven", "cooking"),
            Map.entry("toaster", "bread"),
            Map.entry("sink", "potable-water"),
            Map.entry("refrigerator", "ice"),
            Map.entry("fridge", "ice"),
            Map.entry("book", "closed-book"),
            Map.entry("clock", "alarm-clock"),
            Map.entry("vase", "amphora"),
            Map.entry("hair-drier", "wind-face"),
            Map.entry("hair-dryer", "wind-face"),
            Map.entry("bike", "bicycle"),
            Map.entry("motorbike", "motorcycle"),
            Map.entry("plane", "airplane"),
            Map.entry("aeroplane", "airplane"),
            Map.entry("puppy", "dog"),
            Map.entry("kitten", "cat"),
            Map.entry("tree", "deciduous-tree"),
            Map.entry("flower", "tulip"),
            Map.entry("glass", "wine-glass"),
            Map.entry("mouse", "mouse"),
            Map.entry("computer-mouse", "computer-mouse"),
            Map.entry("human", "person"));

    private ArtSynonyms() {}
}
