import { type Citation, cite, documents } from './citations.ts';
import type { RuleContext } from './context.ts';
import { fenToYuan, formatYuan, toFen } from './money.ts';
import { type Reason, reason } from './reasons.ts';
import { text } from './text.ts';

/**
 * The household asset test, one reason per rule (粤民规字〔2019〕9号 for dibao; the same
 * four conditions in 粤府办〔2022〕3号 for edge and expense households):
 * financial assets per person ≤ 24 months of the (urban) standard, at most one home,
 * no non-residential property, no motor vehicle, no registered business.
 */
export function assetReasons(
  ctx: RuleContext,
  document: string = documents.gdAssessment,
): Reason[] {
  const { input, p } = ctx;
  const { assets } = input;
  const members = input.members.length;
  const at = (clause: string): Citation => cite(document, clause);

  const months = p.financialAssetMonths.value;
  const basis =
    p.financialAssetStandardArea.value === 'urban'
      ? { monthly: p.dibaoStandardUrban.value, name: text('城镇低保标准', 'urban dibao standard') }
      : { monthly: ctx.standard.monthly, name: ctx.standard.name };
  const limitPerPersonFen = toFen(basis.monthly) * months;
  const withinLimit = toFen(assets.financialAssets) <= limitPerPersonFen * members;
  const perPerson = formatYuan(fenToYuan(toFen(assets.financialAssets) / members));
  const limit = formatYuan(fenToYuan(limitPerPersonFen));
  const reasons: Reason[] = [
    reason(
      'assets-financial',
      withinLimit ? 'meets' : 'fails',
      withinLimit
        ? text(
            `存款、理财等金融资产每人约 ${perPerson['zh-CN']}，没有超过每人 ${limit['zh-CN']}（${months} 个月的${basis.name['zh-CN']}）。`,
            `Savings and other financial assets come to about ${perPerson.en} per person, within the limit of ${limit.en} per person (${months} months of the ${basis.name.en}).`,
          )
        : text(
            `存款、理财等金融资产每人约 ${perPerson['zh-CN']}，超过了每人 ${limit['zh-CN']}（${months} 个月的${basis.name['zh-CN']}）的上限。`,
            `Savings and other financial assets come to about ${perPerson.en} per person, above the limit of ${limit.en} per person (${months} months of the ${basis.name.en}).`,
          ),
      at('家庭财产状况：金融资产'),
    ),
  ];

  const maxHomes = p.maxResidentialProperties.value;
  reasons.push(
    reason(
      'assets-homes',
      assets.homes <= maxHomes ? 'meets' : 'fails',
      assets.homes <= maxHomes
        ? text(
            `家里的住房不超过 ${maxHomes} 套（泥砖房、没人住的祖屋不算）。`,
            `The household owns no more than ${maxHomes} home (mud-brick houses and empty ancestral houses do not count).`,
          )
        : text(
            `家里有 ${assets.homes} 套住房，规定最多 ${maxHomes} 套（泥砖房、没人住的祖屋不算）。`,
            `The household owns ${assets.homes} homes; the limit is ${maxHomes} (mud-brick houses and empty ancestral houses do not count).`,
          ),
      at('家庭财产状况：住房'),
    ),
    reason(
      'assets-non-residential',
      assets.nonResidentialProperty ? 'fails' : 'meets',
      assets.nonResidentialProperty
        ? text(
            '家里有商铺、车库车位或办公用房，按规定不能有这类房产。',
            'The household owns a shop, garage, parking space or office; the rules allow none.',
          )
        : text(
            '家里没有商铺、车库车位或办公用房。',
            'The household owns no shop, garage, parking space or office.',
          ),
      at('家庭财产状况：非住宅类房产'),
    ),
    reason(
      'assets-vehicle',
      assets.motorVehicle ? 'fails' : 'meets',
      assets.motorVehicle
        ? text(
            '家里有汽车等机动车，按规定不能有（残疾人代步车、摩托车、电动车除外）。',
            'The household owns a car or other motor vehicle; the rules allow none (disability scooters, motorbikes and e-bikes are fine).',
          )
        : text(
            '家里没有汽车等机动车（残疾人代步车、摩托车、电动车不算）。',
            'The household owns no car or other motor vehicle (disability scooters, motorbikes and e-bikes do not count).',
          ),
      at('家庭财产状况：机动车辆'),
    ),
  );

  const business = assets.businessRegistration;
  reasons.push(
    reason(
      'assets-business',
      business === 'none' ? 'meets' : business === 'family-workshop' ? 'uncertain' : 'fails',
      business === 'none'
        ? text('家里没有办营业执照。', 'The household has no registered business.')
        : business === 'family-workshop'
          ? text(
              '家里有夫妻小作坊或没有雇工的小店，经审核可以不算，乡镇（街道、农场）会上门了解。',
              'The household runs a husband-and-wife workshop or a small shop with no employees. After review this can be disregarded; the township will look into it.',
            )
          : text(
              '家里有营业执照（商事登记），按规定不符合。',
              'The household has a registered business, which the rules do not allow.',
            ),
      at('家庭财产状况：商事登记'),
    ),
  );
  return reasons;
}
