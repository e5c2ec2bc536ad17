import { CreatePositionDto } from '../../positions/position.dto';
import { CreateTalentDto, UpdateTalentDto } from '../../talents/talent.dto';
import { TripPlanRequestDto } from '../../trips/trip-request.dto';
import { AppException } from '../errors/app-exception';
import { createValidationPipe } from './validation.pipe';

async function fieldsOf(metatype: new () => object, body: unknown): Promise<Record<string, string> | 'accepted'> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype });
    return 'accepted';
  } catch (error) {
    if (error instanceof AppException) return error.fields ?? {};
    throw error;
  }
}

describe('nested DTO validation', () => {
  const position = { title: 'x', industry: 'rare_earth' };

  it.each([[[]], ['x'], [1], [null], [[{ name: '萃取' }]], [true]])('refuses %j as a list item, naming the item', async (item) => {
    const fields = await fieldsOf(CreatePositionDto, { ...position, requiredSkills: [{ name: '萃取' }, item] });
    expect(fields).not.toBe('accepted');
    expect(Object.keys(fields)).toEqual(['requiredSkills.1']);
  });

  it('refuses list items in every list of objects, on create and on update', async () => {
    for (const field of ['education', 'work', 'skills']) {
      expect(Object.keys(await fieldsOf(CreateTalentDto, { name: '张三', [field]: [[]] }))).toEqual([`${field}.0`]);
      expect(Object.keys(await fieldsOf(UpdateTalentDto, { version: 1, [field]: [[]] }))).toEqual([`${field}.0`]);
    }
  });

  it('refuses a list where one object belongs', async () => {
    expect(Object.keys(await fieldsOf(CreateTalentDto, { name: '张三', contact: [] }))).toEqual(['contact']);
    expect(Object.keys(await fieldsOf(TripPlanRequestDto, { days: 2, origin: [] }))).toEqual(['origin']);
    expect(Object.keys(await fieldsOf(TripPlanRequestDto, { days: 2, focus: [{ minUrgency: 3 }] }))).toEqual(['focus']);
  });

  it('refuses a list inside a list of strings', async () => {
    expect(Object.keys(await fieldsOf(CreatePositionDto, { ...position, preferredSkills: [[]] }))).toEqual(['preferredSkills']);
  });

  it('still validates the fields of each item and accepts good input', async () => {
    expect(Object.keys(await fieldsOf(CreatePositionDto, { ...position, requiredSkills: [{ name: '萃取', weight: 9 }] }))).toEqual(['requiredSkills.0.weight']);
    expect(await fieldsOf(CreatePositionDto, { ...position, requiredSkills: [{ name: '萃取', weight: 2 }] })).toBe('accepted');
    expect(await fieldsOf(TripPlanRequestDto, { days: 2, origin: { name: '包头', latitude: 40.6, longitude: 109.8 } })).toBe('accepted');
  });
});
