package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FELLOW_PROFILE_THEME;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.FellowProfileStore;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.store.schema.tables.records.FellowProfileRecord;

/** Structured profiles: one fellow_profile row per account that has one, its themes in fellow_profile_theme. */
public final class JooqFellowProfileStore implements FellowProfileStore {

    private final Database db;

    public JooqFellowProfileStore(Database db) {
        this.db = db;
    }

    @Override
    public FellowProfile find(long accountId) {
        FellowProfileRecord row = db.dsl().selectFrom(FELLOW_PROFILE).where(FELLOW_PROFILE.ACCOUNT_ID.eq(accountId))
                .fetchOne();
        List<String> themes = db.dsl().select(FELLOW_PROFILE_THEME.THEME).from(FELLOW_PROFILE_THEME)
                .where(FELLOW_PROFILE_THEME.ACCOUNT_ID.eq(accountId))
                .orderBy(FELLOW_PROFILE_THEME.SORT_ORDER)
                .fetch(FELLOW_PROFILE_THEME.THEME);
        if (row == null) {
            return themes.isEmpty() ? FellowProfile.EMPTY
                    : new FellowProfile(null, null, null, null, null, null, themes, null);
        }
        return new FellowProfile(row.getOrganisation(),
                row.getOrganisationType() == null ? null : OrganisationType.parse(row.getOrganisationType()).orElse(null),
                row.getRoleTitle(), row.getCountry(),
                row.getGovernmentLevel() == null ? null : GovernmentLevel.parse(row.getGovernmentLevel()).orElse(null),
                row.getSector(), themes, row.getAims());
    }

    @Override
    public void replace(long accountId, FellowProfile profile) {
        db.inTransaction(tx -> {
            tx.deleteFrom(FELLOW_PROFILE_THEME).where(FELLOW_PROFILE_THEME.ACCOUNT_ID.eq(accountId)).execute();
            tx.deleteFrom(FELLOW_PROFILE).where(FELLOW_PROFILE.ACCOUNT_ID.eq(accountId)).execute();
            if (profile.isEmpty()) {
                FellowSearchIndex.write(tx, List.of(accountId));
                return null;
            }
            tx.insertInto(FELLOW_PROFILE)
                    .set(FELLOW_PROFILE.ACCOUNT_ID, accountId)
                    .set(FELLOW_PROFILE.ORGANISATION, profile.organisation())
                    .set(FELLOW_PROFILE.ORGANISATION_TYPE,
                            profile.organisationType() == null ? null : profile.organisationType().word())
                    .set(FELLOW_PROFILE.ROLE_TITLE, profile.role())
                    .set(FELLOW_PROFILE.COUNTRY, profile.country())
                    .set(FELLOW_PROFILE.GOVERNMENT_LEVEL,
                            profile.governmentLevel() == null ? null : profile.governmentLevel().word())
                    .set(FELLOW_PROFILE.SECTOR, profile.sector())
                    .set(FELLOW_PROFILE.AIMS, profile.aims())
                    .execute();
            int order = 0;
            for (String theme : profile.themes()) {
                tx.insertInto(FELLOW_PROFILE_THEME)
                        .set(FELLOW_PROFILE_THEME.ACCOUNT_ID, accountId)
                        .set(FELLOW_PROFILE_THEME.SORT_ORDER, order++)
                        .set(FELLOW_PROFILE_THEME.THEME, theme)
                        .execute();
            }
            FellowSearchIndex.write(tx, List.of(accountId));
            return null;
        });
    }
}
