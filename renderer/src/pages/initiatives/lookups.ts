import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const useTracks = () => useQuery({ queryKey: ['tracks.list'], queryFn: () => call('tracks.list', {}) });
export const useTargetGroups = () => useQuery({ queryKey: ['targetGroups.list'], queryFn: () => call('targetGroups.list', {}) });
