package nl.burgernet.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A synthetic participant base for the benchmarks: {@code count} participants spread over the
 * municipalities of the reference data in proportion to their inhabitants (largest remainder), with
 * Dutch names, unique mobile numbers (+316…), landlines and e-mail addresses, a mix of channels,
 * ages from 16, and postcodes of about 15 participants each around the municipality's centre.
 *
 * <p>The same seed and count give the same participants, each computed from its index alone, so the
 * import CSV, the centroid file and the database load of one base agree without keeping 2 million
 * participants in memory. Ages and dates count back from {@link #REFERENCE_DAY}, so the base does
 * not change with the day it is generated.
 *
 * <p>Use: {@link #writeImportCsv} for the import benchmark, {@link #writeCentroids} for the offline
 * geocoder ({@code burgernet.geocoder.csv}) so every generated postcode geocodes, and {@link
 * ParticipantBase#load} to put the base straight into the database as active participants.
 */
final class SyntheticParticipants {

  static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 1, 1);

  static final long BENCHMARK_SEED = 20_260_101L;

  /** The import file's columns (helpers/import-csv.md), separated as Dutch Excel does. */
  static final String IMPORT_HEADER =
      "naam;mobiel;vast;email;postcode;huisnummer;toevoeging;geboortejaar;kanalen;bron;aangemeld_op";

  private static final int PARTICIPANTS_PER_POSTCODE = 15;
  private static final double KM_PER_DEGREE = 111.2;

  /** Mobile numbers 06-1 … 06-5 and 06-8 (what libphonenumber calls mobile), 7 digits each. */
  private static final char[] MOBILE_SERIES = {'1', '2', '3', '4', '5', '8'};

  private static final long SUBSCRIBER_NUMBERS = 10_000_000L;

  /** Coprime with 2, 3 and 5: i ↦ (i × this + offset) mod n is a permutation of 0 … n-1. */
  private static final long SPREAD = 7_919_117L;

  private static final String[] FIRST_NAMES = {
    "Jan",
    "Anna",
    "Pieter",
    "Maria",
    "Kees",
    "Emma",
    "Henk",
    "Sophie",
    "Johan",
    "Julia",
    "Willem",
    "Lotte",
    "Gerrit",
    "Sanne",
    "Dirk",
    "Lisa",
    "Cornelis",
    "Eva",
    "Hendrik",
    "Femke",
    "Bas",
    "Anouk",
    "Thomas",
    "Iris",
    "Daan",
    "Sara",
    "Sem",
    "Noa",
    "Lucas",
    "Tessa",
    "Ruben",
    "Fleur",
    "Tim",
    "Marloes",
    "Jeroen",
    "Ingrid",
    "Martijn",
    "Linda",
    "Mark",
    "Monique",
    "Erik",
    "Esther",
    "Frank",
    "Petra",
    "Rob",
    "Wilma",
    "Sander",
    "Annemarie",
    "Joost",
    "Karin",
    "Niels",
    "Mirjam",
    "Wouter",
    "Saskia",
    "Bram",
    "Marieke",
    "Stijn",
    "Judith",
    "Koen",
    "Hanneke",
    "Vincent",
    "Ellen",
    "Arjen",
    "Yvonne",
    "Mohammed",
    "Fatima",
    "Ahmed",
    "Aisha",
    "Mehmet",
    "Elif",
    "Youssef",
    "Samira",
    "Mustafa",
    "Zeynep",
    "Rachid",
    "Naima",
    "Wim",
    "Truus",
    "Ton",
    "Joke",
    "Piet",
    "Ria",
    "Klaas",
    "Greet",
    "Gert-Jan",
    "Anne-Marie",
    "Jan-Willem",
    "Marie-José",
    "Noah",
    "Mila",
    "Finn",
    "Zoë",
    "Levi",
    "Chloë",
    "Jesse",
    "Liv",
    "Luuk",
    "Nina",
    "Milan",
    "Roos",
    "Thijs",
    "Maud",
    "Jurre",
    "Isa",
    "Gijs",
    "Evi",
    "Hugo",
    "Lieke",
    "Teun",
    "Floor",
    "René",
    "Inès"
  };

  /** Most frequent first: the weighting below makes "Jansen" much commoner than "Wouters". */
  private static final String[] SURNAMES = {
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "van Dijk",
    "Bakker",
    "Janssen",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek",
    "de Bruijn",
    "de Bruin",
    "van der Heijden",
    "Schouten",
    "van Beek",
    "Willems",
    "van Vliet",
    "van de Ven",
    "Hoekstra",
    "Maas",
    "Verhoeven",
    "Koster",
    "van Dam",
    "van der Wal",
    "Prins",
    "Blom",
    "Huisman",
    "Peeters",
    "de Jonge",
    "Kuipers",
    "van Veen",
    "Post",
    "Kuiper",
    "Veenstra",
    "Kramer",
    "van den Brink",
    "Scholten",
    "van Wijk",
    "Postma",
    "Martens",
    "Vink",
    "de Ruiter",
    "Timmermans",
    "Groen",
    "Gerritsen",
    "Jonker",
    "van Loon",
    "Boer",
    "van der Velde",
    "Willemsen",
    "Smeets",
    "de Lange",
    "de Vos",
    "Bosch",
    "van Dongen",
    "Schipper",
    "de Koning",
    "van der Laan",
    "Koning",
    "van der Velden",
    "Driessen",
    "van Doorn",
    "Hermans",
    "Evers",
    "van den Bosch",
    "van der Meulen",
    "Hofman",
    "Bosman",
    "Wouters",
    "Sanders",
    "van der Horst",
    "Mol",
    "Kuijpers",
    "Molenaar",
    "van de Pol",
    "de Leeuw",
    "Verbeek",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "El Amrani",
    "Bouzid",
    "Benali",
    "El Idrissi",
    "Ait Said",
    "Nguyen",
    "Tan",
    "Ramdin",
    "Sewdien",
    "Martina",
    "Pinas",
    "Brinkman",
    "van Rijn",
    "Hoogendoorn",
    "Zwart",
    "Wijnands",
    "Lambregts",
    "ter Horst",
    "van 't Hof",
    "Oosterhuis",
    "Haverkamp",
    "Nijland",
    "Bruggink",
    "Klein Gunnewiek",
    "Wolters",
    "Nijhuis",
    "Kamphuis",
    "Leferink"
  };

  /** Parts of the long tail of surnames ("van den Hoogenkamp", "Veldhuis", "ter Brinkman"). */
  private static final String[] SURNAME_PREFIXES = {
    "van", "de", "van de", "van der", "van den", "ter"
  };

  private static final String[] SURNAME_ROOTS = {
    "Berg", "Hout", "Veen", "Dijk", "Broek", "Kamp", "Hof", "Veld", "Bosch", "Brink", "Hoek",
    "Meer", "Wal", "Molen", "Haar", "Laar", "Water", "Zand", "Akker", "Beek", "Horst", "Hees",
    "Voort", "Linde", "Esch", "Weide", "Kolk", "Dam", "Sluis", "Poel", "Hoogen", "Groen", "Wester",
    "Ooster", "Noord", "Zuider", "Steen", "Kerk", "Schouw", "Room", "Appel", "Bakel", "Bleek",
    "Bloem", "Boekel", "Boom", "Brug", "Buur", "Dal", "Donk", "Dorp", "Drie", "Eik", "Elzen",
    "Gaal", "Geer", "Gras", "Haven", "Heuvel", "Holt", "Hul", "Kaag", "Kruis", "Lam", "Leeuw",
    "Loo", "Luik", "Maat", "Mars", "Mol", "Mulder", "Nijen", "Over", "Plas", "Pol", "Put", "Raat",
    "Ree", "Rijs", "Rot", "Schaap", "Schut", "Slot", "Smid", "Spaan", "Stok", "Straat", "Tol",
    "Torn", "Uiter", "Vaar", "Vecht", "Ven", "Vlas", "Vliet", "Vrij", "Wiel", "Wijn", "Zee",
    "Zwaan", "Ter", "Ruis", "Klop", "Knol", "Lind", "Riet", "Wolf", "Valk", "Kraai", "Mees", "Duif",
    "Haan", "Vink", "Gans", "Reiger", "Koe", "Paard", "Hert", "Das", "Beer", "Muis", "Kok",
    "Bakker", "Visser", "Schip", "Wagen", "Rad", "Smit", "Timmer", "Kuip", "Verhoef", "Hendrik",
    "Gerrit", "Jacob", "Klaas", "Willem", "Peter", "Thijs", "Wouter", "Evert", "Harm"
  };

  private static final String[] SURNAME_ENDINGS = {
    "", "", "", "man", "mans", "er", "ink", "ing", "huis", "kamp", "stra", "sma", "ema", "ens",
    "boom", "hof", "sen", "se", "s", "inga", "enga", "veld", "berg", "dijk", "horst", "beek"
  };

  private static final String[] STREETS = {
    "Kerkstraat",
    "Schoolstraat",
    "Molenweg",
    "Dorpsstraat",
    "Stationsweg",
    "Julianastraat",
    "Wilhelminastraat",
    "Beatrixlaan",
    "Nieuwstraat",
    "Marktplein",
    "Lindelaan",
    "Eikenlaan",
    "Beukenlaan",
    "Kastanjelaan",
    "Parallelweg",
    "Industrieweg",
    "Sportlaan",
    "Vondellaan",
    "Rembrandtstraat",
    "Van Goghstraat",
    "Oranjestraat",
    "Prinses Irenestraat",
    "Haven",
    "Dijkweg",
    "Kanaalweg",
    "Tulpstraat",
    "Rozenstraat",
    "Akkerweg",
    "Weidelaan",
    "Burgwal"
  };

  private static final String[] ADDITIONS = {"A", "B", "C", "1", "2", "hs", "bis"};

  private static final String[] MAIL_DOMAINS = {
    "gmail.test",
    "hotmail.test",
    "ziggo.test",
    "kpnmail.test",
    "outlook.test",
    "xs4all.test",
    "live.test",
    "planet.test"
  };

  private final long seed;
  private final int count;
  private final List<SyntheticMunicipality> municipalities;

  /** Participants of municipality k have the indexes first[k] … first[k+1]-1. */
  private final int[] first;

  private final List<List<SyntheticPostcode>> postcodes;

  private SyntheticParticipants(long seed, int count, List<SyntheticMunicipality> municipalities) {
    if (count < 0 || count > 50_000_000) {
      throw new IllegalArgumentException("count out of range: " + count);
    }
    this.seed = seed;
    this.count = count;
    this.municipalities = municipalities;
    this.first = firstIndexes(count, municipalities);
    this.postcodes = new ArrayList<>();
    Set<Integer> usedAreas = new HashSet<>();
    SplittableRandom places = new SplittableRandom(seed);
    for (int k = 0; k < municipalities.size(); k++) {
      postcodes.add(postcodesOf(municipalities.get(k), first[k + 1] - first[k], usedAreas, places));
    }
  }

  /** A base over the municipalities of the reference data migration (V2). */
  /** The base of 2,000,000 that the benchmarks of issues 3, 5 and 7 measure on. */
  static SyntheticParticipants benchmarkBase() {
    return of(BENCHMARK_SEED, 2_000_000);
  }

  static SyntheticParticipants of(long seed, int count) {
    return new SyntheticParticipants(seed, count, SyntheticMunicipality.ofReferenceData());
  }

  int count() {
    return count;
  }

  List<SyntheticMunicipality> municipalities() {
    return municipalities;
  }

  /** How many participants live in the municipality. */
  int countIn(SyntheticMunicipality municipality) {
    int k = municipalities.indexOf(municipality);
    return first[k + 1] - first[k];
  }

  /** Every postcode the participants live at, per municipality. */
  Stream<SyntheticPostcode> postcodes() {
    return postcodes.stream().flatMap(List::stream);
  }

  Stream<SyntheticParticipant> stream() {
    return IntStream.range(0, count).mapToObj(this::participant);
  }

  /** The participant with this index (0 … count-1); the same for the same seed and count. */
  SyntheticParticipant participant(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index);
    }
    int k = municipalityOf(index);
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    List<SyntheticPostcode> ofMunicipality = postcodes.get(k);
    SyntheticPostcode postcode = ofMunicipality.get(random.nextInt(ofMunicipality.size()));

    String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
    String surname = surname(random);
    String name = firstName + " " + surname;

    boolean hasMobile = random.nextInt(100) < 90;
    boolean hasEmail = random.nextInt(100) < 75;
    boolean hasLandline = random.nextInt(100) < 8;
    if (!hasMobile && !hasEmail && !hasLandline) {
      hasMobile = true;
    }
    String mobile = hasMobile ? mobile(index) : null;
    String landline = hasLandline ? landline(index, postcode.municipality()) : null;
    String email =
        hasEmail
            ? mailName(firstName)
                + "."
                + mailName(surname)
                + "."
                + index
                + "@"
                + MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)]
            : null;

    Set<String> channels = new LinkedHashSet<>();
    if (hasMobile && random.nextInt(100) < 85) {
      channels.add("SMS");
    }
    if (hasEmail && random.nextInt(100) < 80) {
      channels.add("EMAIL");
    }
    if ((hasMobile || hasLandline) && random.nextInt(100) < 8) {
      channels.add("VOICE");
    }
    if (channels.isEmpty()) {
      channels.add(hasMobile ? "SMS" : hasEmail ? "EMAIL" : "VOICE");
    }

    // ages 16 to 85, most in the middle (sum of two uniform draws)
    int age = 16 + (int) ((random.nextDouble() + random.nextDouble()) * 35);
    int sourceDraw = random.nextInt(100);
    String source =
        sourceDraw < 55 ? "WEB" : sourceDraw < 80 ? "APP" : sourceDraw < 90 ? "CARD" : "IMPORT";
    long from = REFERENCE_DAY.minusYears(12).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long until = REFERENCE_DAY.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    Instant consentAt = Instant.ofEpochSecond(from + random.nextLong(until - from));

    byte[] token = new byte[32];
    for (int i = 0; i < token.length; i += 8) {
      long bits = random.nextLong();
      for (int b = 0; b < 8; b++) {
        token[i + b] = (byte) (bits >>> (8 * b));
      }
    }
    UUID reference =
        new UUID(
            (random.nextLong() & ~0xF000L) | 0x4000L,
            (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    return new SyntheticParticipant(
        index,
        reference.toString(),
        Base64.getUrlEncoder().withoutPadding().encodeToString(token),
        name,
        mobile,
        landline,
        email,
        postcode,
        1 + random.nextInt(250),
        random.nextInt(100) < 10 ? ADDITIONS[random.nextInt(ADDITIONS.length)] : null,
        REFERENCE_DAY.getYear() - age,
        Collections.unmodifiableSet(channels),
        source,
        consentAt);
  }

  /**
   * The base as an import file (helpers/import-csv.md): ';'-separated, one row per participant, in
   * index order.
   */
  void writeImportCsv(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(IMPORT_HEADER);
      out.write('\n');
      for (int i = 0; i < count; i++) {
        SyntheticParticipant p = participant(i);
        out.write(
            String.join(
                ";",
                p.name(),
                orEmpty(p.mobile()),
                orEmpty(p.landline()),
                orEmpty(p.email()),
                p.postcode().value(),
                String.valueOf(p.houseNumber()),
                orEmpty(p.addition()),
                String.valueOf(p.yearOfBirth()),
                String.join(" ", p.channels()).toLowerCase(Locale.ROOT).replace("voice", "spraak"),
                p.source().equals("CARD") ? "kaart" : "import",
                p.consentAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The centroid of every generated postcode in the offline geocoder's format ({@code
   * postcode,latitude,longitude,municipality_code}); point {@code burgernet.geocoder.csv} at it.
   */
  void writeCentroids(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("postcode,latitude,longitude,municipality_code\n");
      for (SyntheticPostcode postcode : (Iterable<SyntheticPostcode>) postcodes()::iterator) {
        out.write(
            String.format(
                Locale.ROOT,
                "%s,%.6f,%.6f,%s%n",
                postcode.value(),
                postcode.latitude(),
                postcode.longitude(),
                postcode.municipality().cbsCode()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int municipalityOf(int index) {
    int low = 0;
    int high = municipalities.size() - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (first[middle] <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /**
   * A quarter from the most frequent Dutch surnames (the first ones most: "de Jong" about 0.5%, as
   * in the country), the rest from a long tail, so a surname is shared by hundreds of participants,
   * not by tens of thousands.
   */
  private static String surname(SplittableRandom random) {
    if (random.nextInt(4) == 0) {
      return SURNAMES[(int) (SURNAMES.length * Math.pow(random.nextDouble(), 1.3))];
    }
    String root = SURNAME_ROOTS[random.nextInt(SURNAME_ROOTS.length)];
    String ending = SURNAME_ENDINGS[random.nextInt(SURNAME_ENDINGS.length)];
    String surname = root.toLowerCase(Locale.ROOT).endsWith(ending) ? root : root + ending;
    return random.nextInt(4) == 0
        ? SURNAME_PREFIXES[random.nextInt(SURNAME_PREFIXES.length)] + " " + surname
        : surname;
  }

  /** Unique per index: a permutation of the 60 million numbers 06-1… to 06-5… and 06-8…. */
  private String mobile(int index) {
    long all = MOBILE_SERIES.length * SUBSCRIBER_NUMBERS;
    long number = Math.floorMod(index * SPREAD + seed, all);
    return "+316"
        + MOBILE_SERIES[(int) (number / SUBSCRIBER_NUMBERS)]
        + String.format(Locale.ROOT, "%07d", number % SUBSCRIBER_NUMBERS);
  }

  /** Unique per index: the region's area code and a subscriber number from 2000000 on. */
  private String landline(int index, SyntheticMunicipality municipality) {
    String area =
        switch (municipality.regionCode()) {
          case "ROTTERDAM_RIJNMOND" -> "10";
          case "IJSSELLAND" -> "38";
          default -> "30";
        };
    long numbers = 8_000_000L;
    return "+31" + area + (2_000_000L + Math.floorMod(index * SPREAD + seed, numbers));
  }

  /** "Zoë" → "zoe", "van 't Hof" → "vanthof": what fits an e-mail address. */
  private static String mailName(String name) {
    return Normalizer.normalize(name.replace("ı", "i"), Normalizer.Form.NFD)
        .replaceAll("[^A-Za-z]", "")
        .toLowerCase(Locale.ROOT);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Largest remainder: the shares add up to exactly count. */
  private static int[] firstIndexes(int count, List<SyntheticMunicipality> municipalities) {
    long inhabitants = municipalities.stream().mapToLong(SyntheticMunicipality::inhabitants).sum();
    int n = municipalities.size();
    int[] shares = new int[n];
    double[] remainders = new double[n];
    int given = 0;
    for (int k = 0; k < n; k++) {
      double exact = (double) count * municipalities.get(k).inhabitants() / inhabitants;
      shares[k] = (int) exact;
      remainders[k] = exact - shares[k];
      given += shares[k];
    }
    Integer[] byRemainder = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(byRemainder, (a, b) -> Double.compare(remainders[b], remainders[a]));
    for (int i = 0; given < count; i++, given++) {
      shares[byRemainder[i]]++;
    }
    int[] first = new int[n + 1];
    for (int k = 0; k < n; k++) {
      first[k + 1] = first[k] + shares[k];
    }
    return first;
  }

  /**
   * Postcodes of about 15 participants each: 4-digit areas from the municipality's own base on
   * (skipping areas another municipality took), each area around a point within the municipality's
   * radius, its postcodes within ~400 m of that point.
   */
  private static List<SyntheticPostcode> postcodesOf(
      SyntheticMunicipality municipality,
      int participants,
      Set<Integer> usedAreas,
      SplittableRandom random) {
    int needed =
        Math.max(1, (participants + PARTICIPANTS_PER_POSTCODE - 1) / PARTICIPANTS_PER_POSTCODE);
    List<SyntheticPostcode> result = new ArrayList<>(needed);
    int area = municipality.postcodeBase();
    double[] areaCentre = null;
    char first = 'A';
    char second = 'A';
    while (result.size() < needed) {
      if (areaCentre == null) {
        while (!usedAreas.add(area)) {
          area++;
        }
        if (area > 9999) {
          throw new IllegalStateException("no 4-digit postcode areas left");
        }
        areaCentre =
            around(
                municipality.latitude(), municipality.longitude(), municipality.radiusKm(), random);
      }
      String letters = "" + first + second;
      if (!letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS")) {
        double[] point = around(areaCentre[0], areaCentre[1], 0.4, random);
        result.add(
            new SyntheticPostcode(
                area + " " + letters,
                STREETS[random.nextInt(STREETS.length)],
                point[0],
                point[1],
                municipality));
      }
      if (second < 'Z') {
        second++;
      } else if (first < 'Z') {
        first++;
        second = 'A';
      } else {
        first = 'A';
        second = 'A';
        areaCentre = null;
      }
    }
    return List.copyOf(result);
  }

  /** A point uniformly within the radius (km) around the centre. */
  private static double[] around(
      double latitude, double longitude, double radiusKm, SplittableRandom random) {
    double distance = radiusKm * Math.sqrt(random.nextDouble());
    double angle = 2 * Math.PI * random.nextDouble();
    double north = distance * Math.cos(angle) / KM_PER_DEGREE;
    double east = distance * Math.sin(angle) / (KM_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
    return new double[] {latitude + north, longitude + east};
  }
}
