package com.claimdesk.complaint;

/** Stored as its rank so that the queue can sort by it with an index. */
public enum Priority {
    LOW(1), NORMAL(2), HIGH(3), URGENT(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("No priority of rank " + rank);
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class RankConverter implements jakarta.persistence.AttributeConverter<Priority, Integer> {
        @Override
        public Integer convertToDatabaseColumn(Priority attribute) {
            return attribute == null ? null : attribute.rank;
        }

        @Override
        public Priority convertToEntityAttribute(Integer dbData) {
            return dbData == null ? null : ofRank(dbData);
        }
    }
}
