import { inRegionSubtree, pathWithin } from '../regions/region-subtree.js';

/**
 * The campaign report's SQL, computed in PostgreSQL (nothing is counted in memory).
 * Parameters: $1 region code, $2 first day, $3 last day (China calendar), $4 target groups
 * (empty = all). Steps count once per application and status, when they happened inside
 * the period; a seeker belongs to the community above their region.
 */
const STEPS = `
  steps AS (
    SELECT DISTINCT ON (st.application_id, st.status)
           st.application_id, st.status, st.at, s.id AS seeker_id, s.target_groups, a.enterprise_id,
           community.code AS community_code, community.name AS community_name,
           to_char(date_trunc('week', st.at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS week
      FROM application_step st
      JOIN application a ON a.id = st.application_id
      JOIN seeker s ON s.id = a.seeker_id
      JOIN region home ON home.code = s.region_code
      LEFT JOIN region community ON community.level = 'community'
           AND ${pathWithin('home', 'community')}
     WHERE ${inRegionSubtree('s.region_code', '$1')}
       AND st.at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND st.at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND (cardinality($4::varchar[]) = 0 OR s.target_groups && $4::varchar[])
     ORDER BY st.application_id, st.status, st.at
  )`;

const FUNNEL_COLUMNS = `
  count(*) FILTER (WHERE steps.status = 'submitted') AS submitted,
  count(*) FILTER (WHERE steps.status = 'intention') AS intention,
  count(*) FILTER (WHERE steps.status = 'interview') AS interview,
  count(*) FILTER (WHERE steps.status = 'offer') AS offer,
  count(*) FILTER (WHERE steps.status = 'placed') AS placed`;

const EVENTS = `
  held AS (
    SELECT ev.id, ev.kind, ev.viewers_peak FROM event ev
     WHERE ${inRegionSubtree('ev.region_code', '$1')} AND ev.status = 'scheduled'
       AND ev.starts_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND ev.starts_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND ev.ends_at <= now()
  )`;

export const SUMMARY_SQL = `
  WITH ${EVENTS}, ${STEPS},
  offered AS (SELECT DISTINCT ep.position_id FROM event_position ep JOIN held ON held.id = ep.event_id)
  SELECT
    (SELECT count(*) FROM held WHERE kind = 'livestream') AS livestreams,
    (SELECT count(*) FROM held WHERE kind = 'fair') AS fairs,
    (SELECT count(DISTINCT ee.enterprise_id) FROM event_enterprise ee JOIN held ON held.id = ee.event_id) AS enterprises,
    (SELECT count(*) FROM offered) AS positions,
    (SELECT COALESCE(sum(p.headcount), 0) FROM offered JOIN position p ON p.id = offered.position_id) AS headcount,
    (SELECT COALESCE(sum(viewers_peak), 0) FROM held WHERE kind = 'livestream') AS livestream_views,
    ${FUNNEL_COLUMNS}
  FROM steps`;

export const BY_COMMUNITY_SQL = `
  WITH ${STEPS}
  SELECT community_code AS key, COALESCE(community_name, '（未归社区）') AS label, ${FUNNEL_COLUMNS}
    FROM steps GROUP BY community_code, community_name ORDER BY count(*) FILTER (WHERE steps.status = 'placed') DESC, community_code`;

export const BY_TARGET_GROUP_SQL = `
  WITH ${STEPS}
  SELECT tg AS key, tg AS label, ${FUNNEL_COLUMNS}
    FROM steps CROSS JOIN LATERAL unnest(CASE WHEN cardinality(target_groups) = 0 THEN ARRAY['none']::varchar[] ELSE target_groups END) AS tg
   GROUP BY tg ORDER BY tg`;

export const BY_WEEK_SQL = `
  WITH ${STEPS}
  SELECT week AS key, week AS label, ${FUNNEL_COLUMNS} FROM steps GROUP BY week ORDER BY week`;

export const TOP_ENTERPRISES_SQL = `
  WITH ${STEPS}
  SELECT e.id AS key, e.name AS label, ${FUNNEL_COLUMNS}
    FROM steps JOIN enterprise e ON e.id = steps.enterprise_id
   GROUP BY e.id, e.name ORDER BY count(*) FILTER (WHERE steps.status = 'placed') DESC, count(*) DESC, e.name LIMIT 10`;

/**
 * 人人持证 figures: enrolments of the campaign's residents made in the period, those
 * assessed, passed, whose certificate the centre verified, and of those the seekers placed
 * within $5 days of their assessment.
 */
export const CERTIFICATION_SQL = `
  WITH enrolled AS (
    SELECT e.id, e.seeker_id, e.status, e.result, e.assessed_at, c.verification_status
      FROM training_enrolment e
      JOIN seeker s ON s.id = e.seeker_id
      LEFT JOIN seeker_certificate c ON c.id = e.certificate_id
     WHERE ${inRegionSubtree('s.region_code', '$1')}
       AND e.created_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND e.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
       AND (cardinality($4::varchar[]) = 0 OR s.target_groups && $4::varchar[])
  )
  SELECT count(*) AS enrolled,
         count(*) FILTER (WHERE status = 'completed') AS completed,
         count(*) FILTER (WHERE result = 'pass') AS passed,
         count(*) FILTER (WHERE verification_status = 'verified') AS certified,
         count(*) FILTER (WHERE verification_status = 'verified' AND EXISTS (
           SELECT 1 FROM application a JOIN application_step st ON st.application_id = a.id AND st.status = 'placed'
            WHERE a.seeker_id = enrolled.seeker_id AND st.at >= enrolled.assessed_at
              AND st.at < enrolled.assessed_at + make_interval(days => $5))) AS placed_after
    FROM enrolled`;
