/// English function words and very common verbs that carry no topic: left out of term vectors and titles.
enum StopWords {
    /// Whether `word` (lower case) is a stop word.
    static func contains(_ word: String) -> Bool { words.contains(word) }

    private static let words: WordSet = [
        "million", "billion", "trillion", "percent", "cents", "thousand", "hundred", "dozen", "dozens",
        "a", "about", "above", "across", "after", "again", "against", "ago", "all", "almost", "along", "already",
        "also", "although", "always", "am", "among", "amid", "an", "and", "another", "any", "are", "around", "as",
        "at", "away", "back", "be", "became", "because", "become", "been", "before", "being", "below", "between",
        "both", "but", "by", "came", "can", "cannot", "could", "did", "do", "does", "doing", "done", "down", "due",
        "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further", "furthermore",
        "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
        "himself", "his", "how", "however", "i", "if", "in", "including", "into", "is", "it", "its", "itself", "just",
        "last", "least", "less", "like", "made", "make", "makes", "many", "may", "me", "meanwhile", "might", "more",
        "most", "much", "must", "my", "near", "nearly", "never", "new", "next", "no", "nor", "not", "now", "of",
        "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "out", "over", "own", "per",
        "perhaps", "put", "quite", "rather", "really", "s", "said", "same", "say", "says", "see", "seen", "several",
        "shall", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "though", "through", "thus", "to", "too",
        "toward", "towards", "under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
        "without", "would", "yet", "you", "your", "yours", "told", "according", "added", "adding", "year", "years",
        "week", "weeks", "day", "days", "time", "times", "two", "three", "four", "five", "first", "second", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "t", "don", "didn",
        "isn", "wasn", "re", "ve", "ll", "d", "m", "additionally", "notably", "went", "go", "going", "take", "taken",
        "took", "come", "comes", "given", "give", "way", "part",
    ]
}
