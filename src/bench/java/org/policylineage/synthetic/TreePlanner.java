package org.policylineage.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.policylineage.vocab.DocumentLevel;

/**
 * Plans the shape of a corpus of exactly N documents: a few national documents, each implemented by
 * some provinces, whose cities and counties implement the provincial documents in turn, plus a few
 * cross-provincial plans under national documents. Most documents end up at city and county level.
 */
final class TreePlanner {
    /** Roughly how many documents descend from one national document. */
    private static final double DOCUMENTS_PER_NATIONAL = 400;
    /** Share of the corpus that is cross-provincial plans. */
    private static final double REGIONAL_SHARE = 0.004;
    private static final int MIN_SIZE_FOR_REGIONAL = 20;
    private static final int MIN_REGIONAL_MEMBERS = 2, MAX_REGIONAL_MEMBERS = 4;
    private final java.util.Set<String> regionalPlans = new java.util.HashSet<>();

    /**
     * One planned document, in the order documents are generated: each after its parent, a national
     * document's regional plans right after it, then the subtree of each province.
     *
     * @param place   the issuing place, or -1 for a regional plan
     * @param members for a regional plan, the provinces issuing it jointly
     * @param parent  the index of the parent document in the plan, or -1
     * @param depth   0 for a national document, 1 for its provinces and regional plans, and so on
     */
    record Planned(int index, DocumentLevel level, int place, List<Integer> members, int parent, int depth, int theme) {}

    private final Geography geography;
    private final int themes;
    private final SplittableRandom rng;
    private final List<Planned> plan = new ArrayList<>();

    TreePlanner(Geography geography, int themes, SplittableRandom rng) {
        this.geography = geography;
        this.themes = themes;
        this.rng = rng;
    }

    List<Planned> plan(int size) {
        if (size < 1) throw new IllegalArgumentException("a corpus holds at least one document");
        int nationals = (int) Math.max(1, Math.round(size / DOCUMENTS_PER_NATIONAL));
        int regionals = size < MIN_SIZE_FOR_REGIONAL ? 0 : (int) Math.max(1, Math.round(size * REGIONAL_SHARE));
        nationals = Math.min(nationals, size);
        regionals = Math.min(regionals, size - nationals);

        int capacity = geography.descendants(geography.country().id());
        int[] regionalsOf = new int[nationals];
        for (int i = 0; i < regionals; i++) regionalsOf[rng.nextInt(nationals)]++;
        int[] caps = new int[nationals];
        Arrays.fill(caps, capacity);
        int[] budgets = split(size - nationals - regionals, caps);
        int leftover = 0;
        for (int i = 0; i < nationals; i++) {
            leftover += national(budgets[i], regionalsOf[i]);
        }
        // Only a corpus larger than the geography can hold under its national documents leaves some over:
        // more national documents take them.
        while (leftover > 0) {
            int budget = Math.min(leftover - 1, capacity);
            leftover -= budget + 1;
            leftover += national(budget, 0);
        }
        return plan;
    }

    /** Plans a national document with {@code budget} descendants; returns how many found no place. */
    private int national(int budget, int regionals) {
        int theme = rng.nextInt(themes);
        Planned root = add(DocumentLevel.NATIONAL, geography.country().id(), List.of(), -1, 0, theme);
        for (int i = 0; i < regionals; i++) {
            // Joint plans are made by neighbours: provinces of one part of the country.
            List<Geography.Place> all = geography.provinces();
            String area = all.get(rng.nextInt(all.size())).area();
            List<Geography.Place> provinces = new ArrayList<>(all.stream().filter(pr -> pr.area().equals(area)).toList());
            if (provinces.size() < MIN_REGIONAL_MEMBERS) provinces = new ArrayList<>(all);
            shuffle(provinces);
            int members = MIN_REGIONAL_MEMBERS + rng.nextInt(MAX_REGIONAL_MEMBERS - MIN_REGIONAL_MEMBERS + 1);
            List<Integer> ids = provinces.subList(0, Math.min(members, provinces.size())).stream()
                    .map(Geography.Place::id).sorted().toList();
            // The same provinces on the same theme would title two plans alike, and a plan without a
            // 文号 is known by its title: one of them would replace the other.
            if (!regionalPlans.add(ids + " " + theme)) {
                budget++; // a document of the tree below instead
                continue;
            }
            add(DocumentLevel.REGIONAL, -1, ids, root.index(), 1, theme);
        }
        return children(root, budget);
    }

    /** Plans {@code budget} documents below {@code parent}; returns how many found no place. */
    private int children(Planned parent, int budget) {
        Geography.Place place = geography.place(parent.place());
        if (budget <= 0) return 0;
        List<Integer> candidates = new ArrayList<>(place.children());
        if (candidates.isEmpty()) return budget;
        shuffle(candidates);
        int k = (int) Math.round(budget / fanOutDivisor(place.level()));
        k = Math.max(1, Math.min(k, Math.min(budget, candidates.size())));
        // Take more children until their subtrees can hold the rest of the budget.
        while (k < Math.min(budget, candidates.size()) && room(candidates.subList(0, k)) < budget - k) k++;
        List<Integer> chosen = new ArrayList<>(candidates.subList(0, k));
        chosen.sort(null);
        int[] caps = chosen.stream().mapToInt(geography::descendants).toArray();
        int[] shares = split(budget - k, caps);
        int placed = 0;
        int leftover = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Geography.Place child = geography.place(chosen.get(i));
            Planned p = add(child.level(), child.id(), List.of(), parent.index(), parent.depth() + 1, parent.theme());
            placed += 1 + shares[i];
            leftover += children(p, shares[i]);
        }
        return leftover + (budget - placed);
    }

    /**
     * How many documents a parent's budget is divided by to give its number of children: a national
     * document reaches a province for about every sixteen descendants, a province a city for every few.
     */
    private static double fanOutDivisor(DocumentLevel level) {
        return switch (level) {
            case NATIONAL -> 16;
            case PROVINCIAL -> 3.2;
            default -> 1;
        };
    }

    private int room(List<Integer> places) {
        int n = 0;
        for (int p : places) n += geography.descendants(p);
        return n;
    }

    private Planned add(DocumentLevel level, int place, List<Integer> members, int parent, int depth, int theme) {
        Planned p = new Planned(plan.size(), level, place, members, parent, depth, theme);
        plan.add(p);
        return p;
    }

    /** Splits {@code total} into parts no larger than {@code caps}, in random proportions. */
    private int[] split(int total, int[] caps) {
        int n = caps.length;
        int[] out = new int[n];
        if (n == 0 || total <= 0) return out;
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += w[i] = 0.5 + rng.nextDouble();
        int given = 0;
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(caps[i], (int) Math.floor(total * w[i] / sum));
            given += out[i];
        }
        while (given < total) {
            int open = 0;
            for (int i = 0; i < n; i++) if (out[i] < caps[i]) open++;
            if (open == 0) break;
            int pick = rng.nextInt(open);
            for (int i = 0; i < n; i++) {
                if (out[i] < caps[i] && pick-- == 0) {
                    out[i]++;
                    given++;
                    break;
                }
            }
        }
        return out;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
