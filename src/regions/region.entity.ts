import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export const REGION_LEVELS = ['province', 'city', 'district', 'street', 'community', 'grid'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * A node of the administrative tree down to the grid (网格). Codes are the national
 * statistical codes down to community level; grids use the centre's own codes.
 * `path` lists the codes from the root to this node, so a subtree is one prefix query.
 */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: RegionLevel;

  @Index()
  @Column({ type: 'varchar', length: 32, nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code', referencedColumnName: 'code' })
  parent?: Region;

  /** Ancestor codes joined by '/', root first, ending with this code. */
  @Index()
  @Column({ type: 'varchar', length: 400 })
  path: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
